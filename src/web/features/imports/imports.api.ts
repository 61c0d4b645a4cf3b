import { useQuery } from '@tanstack/react-query';
import type { TColumnMapping, TWorkerImportJob } from '../../../shared/contracts/imports';
import { api, unwrap } from '../../api/client';

export const workerImportsKey = ['imports', 'workers'] as const;

/** Plain links (the browser downloads them with the session cookie), not fetches. */
export const TEMPLATE_URL = '/api/imports/workers/template.csv';
export const rejectsUrl = (id: string) => `/api/imports/workers/${encodeURIComponent(id)}/rejects.csv`;

export const isFinished = (job: TWorkerImportJob) => job.status === 'succeeded' || job.status === 'failed';

/** Past imports; refreshed every few seconds while one of them is still running (from another tab or the command line). */
export const useWorkerImports = () =>
  useQuery({
    queryKey: workerImportsKey,
    queryFn: async () => (await unwrap(api.api.imports.workers.$get())).items,
    refetchInterval: (query) => (query.state.data?.some((job) => !isFinished(job)) ? 3000 : false),
  });

/** Polls one import every second until it has finished. */
export function useWorkerImport(id: string) {
  return useQuery({
    queryKey: [...workerImportsKey, id],
    queryFn: () => unwrap(api.api.imports.workers[':id'].$get({ param: { id } })),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 1000),
  });
}

const PREVIEW_BYTES = 1024 * 1024;

/**
 * The server reads only the first rows of a preview, so a big CSV need not cross a weak connection twice: send
 * its first megabyte, cut after the last complete line. An XLSX is a zip archive and cannot be cut.
 */
async function previewPart(file: File): Promise<File> {
  if (file.size <= PREVIEW_BYTES || /\.xlsx$/i.test(file.name)) return file;
  const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  const end = head.lastIndexOf(10);
  return end > 0 ? new File([head.subarray(0, end + 1)], file.name, { type: file.type }) : file;
}

export const previewFile = async (file: File) =>
  unwrap(api.api.imports.workers.preview.$post({ form: { file: await previewPart(file) } }));

export interface NewImport {
  file: File;
  source: string;
  mapping: TColumnMapping;
  centreId: string | null;
}

export const startWorkerImport = (input: NewImport) =>
  unwrap(
    api.api.imports.workers.$post({
      form: {
        file: input.file,
        source: input.source,
        mapping: JSON.stringify(input.mapping),
        centreId: input.centreId ?? undefined,
      },
    }),
  );
