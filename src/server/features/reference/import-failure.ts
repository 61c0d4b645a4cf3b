import {
  type ImportProblem,
  type ImportProblemCode,
  type ProblemParams,
  problem,
  problemText,
} from '../../../shared/contracts/import-problems';
import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../../errors';

/** An import that cannot go on, with the problem the web app translates; its message is the English text. */
export class ImportFailure extends AppError {
  readonly problem: ImportProblem;
  constructor(code: ErrorCode, p: ImportProblem, message = problemText(p)) {
    super(code, message);
    this.problem = p;
  }
}

export const importFailure = (
  errorCode: ErrorCode,
  problemCode: ImportProblemCode,
  params?: ProblemParams,
  message?: string,
) => new ImportFailure(errorCode, problem(problemCode, params), message);

/**
 * What a failed job stores: our own messages as written with their problem, anything else as a generic line (no
 * stack, no SQL). The values go to the job row only, never to the log.
 */
export function failureColumns(error: unknown): {
  error: string;
  error_code: string | null;
  error_params: string | null;
} {
  if (error instanceof ImportFailure) {
    const params = error.problem.params;
    return {
      error: error.message,
      error_code: error.problem.code,
      error_params: params ? JSON.stringify(params) : null,
    };
  }
  if (error instanceof AppError) return { error: error.message, error_code: null, error_params: null };
  return { error: problemText({ code: 'JOB_UNEXPECTED' }), error_code: 'JOB_UNEXPECTED', error_params: null };
}

export type Rejected = { ok: false; problem: ImportProblem; reason: string };

/** A refused row: its problem's code and values, and the same in English for the rejects file and the CLI. */
export function rejected(code: ImportProblemCode, params?: ProblemParams): Rejected {
  const p = problem(code, params);
  return { ok: false, problem: p, reason: problemText(p) };
}
