import type { ImportReading, ImportResult } from '../core/import/parsePair';
import type { ComputeClient } from '../worker/client';
import { computeClient } from './computeWorker';

/**
 * The largest data file the page reads (issue 15): a 100,000-category pair as CSV is ≈ 2 MB and a
 * samples lab file of 10⁶ values ≈ 20 MB; a larger one is refused before any of it is read.
 */
export const DATA_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Why a data file is refused before reading it, or null. */
export function dataFileRefusal(file: {
  readonly name: string;
  readonly size: number;
}): string | null {
  if (file.size <= DATA_FILE_MAX_BYTES) return null;
  return `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a data file is at most ${DATA_FILE_MAX_BYTES / (1024 * 1024)} MB. It was not read, and nothing was changed.`;
}

let importClient: ComputeClient | null = null;

/**
 * Reads an import's text (pasted or from a file) in a worker of its own, in slices with progress,
 * so neither the page nor the explorer's analyses wait for it. Resolves with the parse's answer,
 * null when a newer import superseded it, or a refusal when the worker could not answer.
 */
export async function readImportInWorker(
  text: string,
  reading: ImportReading,
  onProgress: (fraction: number) => void,
): Promise<ImportResult | null> {
  importClient ??= computeClient('importing data');
  const o = await importClient.request(
    'importPair',
    { text, reading },
    { channel: 'import', onProgress: (done, total) => onProgress(total > 0 ? done / total : 1) },
  );
  if (o.status === 'superseded' || o.status === 'cancelled') return null;
  if (o.status === 'done') return o.result;
  return { ok: false, message: `The import could not be read (${o.message}).` };
}
