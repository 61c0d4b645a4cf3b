import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  Modal,
  Notification,
  PasswordInput,
} from '@mantine/core';

// A deep teal close to the Ministry's blue-green, readable on white at every shade we use.
const homeward: MantineColorsTuple = [
  '#e6f5f8',
  '#d3e9ee',
  '#a6d2dd',
  '#76bacb',
  '#4fa6bc',
  '#3699b3',
  '#2593ae',
  '#127f99',
  '#00718a',
  '#00627a',
];

const fontFamily = '"Noto Sans Khmer", "Noto Sans", sans-serif';

/** Labels Mantine would otherwise announce in English to screen-reader users of the Khmer screens. */
export interface ThemeLabels {
  close: string;
  togglePassword: string;
}

/**
 * Khmer stacks subscript consonants and vowels above and below the line, so it needs more line height than
 * Latin text; with Mantine's defaults the lower marks are cut off inside inputs and badges.
 */
export const buildTheme = (labels: ThemeLabels) =>
  createTheme({
    primaryColor: 'homeward',
    // White text on the default shade 6 is below WCAG AA contrast; shade 8 passes.
    primaryShade: 8,
    colors: { homeward },
    fontFamily,
    headings: { fontFamily, fontWeight: '700' },
    lineHeights: { xs: '1.6', sm: '1.65', md: '1.7', lg: '1.7', xl: '1.7' },
    defaultRadius: 'md',
    cursorType: 'pointer',
    components: {
      // Badges default to 10px capitals; Khmer marks need the larger size to stay legible.
      Badge: Badge.extend({ defaultProps: { size: 'md' } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } },
      }),
    },
  });

/**
 * Mantine's dimmed text and light badges fall below WCAG AA contrast (4.5:1) for small text, more so on striped
 * table rows; these darker values pass on white and on the stripes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-orange-light-color': '#8a3b00',
    '--mantine-color-yellow-light-color': '#6b4e00',
    '--mantine-color-red-light-color': '#a4161a',
    '--mantine-color-blue-light-color': '#0b4f8a',
    '--mantine-color-gray-light-color': '#343a40',
    '--mantine-color-homeward-light-color': '#004a5a',
  },
  dark: {},
});
