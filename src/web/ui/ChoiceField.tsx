import { Input, SegmentedControl } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface Props<V extends string> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  data: { value: V; label: string }[];
  description?: ReactNode;
  error?: ReactNode;
  fullWidth?: boolean;
}

/**
 * A short choice (sex, yes/no, how the birth is known) as one row of large buttons: quicker than a drop-down on
 * a phone, and read out as a labelled radio group.
 */
export function ChoiceField<V extends string>({
  label,
  value,
  onChange,
  data,
  description,
  error,
  fullWidth,
}: Props<V>) {
  const id = useId();
  return (
    <Input.Wrapper
      label={<span id={`${id}-label`}>{label}</span>}
      description={description}
      error={error}
      labelElement="div"
    >
      {/* A block of its own, so the label sits above it like every other field's. */}
      <div>
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          value={value}
          onChange={(v) => onChange(v as V)}
          data={data}
          fullWidth={fullWidth}
          // Never wider than the screen: a long Khmer label wraps inside its button instead.
          maw="100%"
          mt={4}
        />
      </div>
    </Input.Wrapper>
  );
}
