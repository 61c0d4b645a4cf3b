import type { UseFormReturnType } from '@mantine/form';
import type { WorkerFormValues } from './worker-form';

export type WorkerForm = UseFormReturnType<WorkerFormValues>;
