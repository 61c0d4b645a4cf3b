import { Stack } from '@mantine/core';
import { AddressFields } from '../form/AddressFields';
import { ConsentFields } from '../form/ConsentFields';
import type { WorkerForm } from '../form/form-types';
import { HouseholdFields } from '../form/HouseholdFields';
import { IdentityFields } from '../form/IdentityFields';
import { MigrationFields } from '../form/MigrationFields';
import { PreferencesFields } from '../form/PreferencesFields';
import { SkillsFields } from '../form/SkillsFields';
import { STEP_KEYS } from './steps';

interface Props {
  step: number;
  form: WorkerForm;
  centreOptions: { value: string; label: string }[] | null;
}

export function IntakeStep({ step, form, centreOptions }: Props) {
  switch (STEP_KEYS[step]) {
    case 'identity':
      return <IdentityFields form={form} centreOptions={centreOptions} />;
    case 'address':
      return (
        <Stack gap="xl">
          <AddressFields form={form} />
          <HouseholdFields form={form} />
        </Stack>
      );
    case 'migration':
      return <MigrationFields form={form} />;
    case 'skills':
      return (
        <Stack gap="xl">
          <SkillsFields form={form} />
          <PreferencesFields form={form} />
        </Stack>
      );
    default:
      return <ConsentFields form={form} />;
  }
}
