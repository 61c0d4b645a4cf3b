/**
 * Skill names arrive as codes (`concrete_mixing`), as typed labels ("Concrete mixing ") or in Khmer; they are
 * compared after one normalisation so "Concrete-mixing" and "concrete_mixing" agree. Khmer text keeps its
 * letters (NFC, no zero-width characters).
 */
export function normaliseSkill(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-/.]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export function normaliseSkills(labels: readonly string[]): string[] {
  return [...new Set(labels.map(normaliseSkill).filter(Boolean))];
}
