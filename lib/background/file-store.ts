/**
 * Attached files at rest: IndexedDB (storage.local is too small for 10 MB), each
 * file's bytes sealed by the vault, tied to its owner (a draft `draft:ORDER` or a
 * job `job:ID`). Bytes go when the job is sent (the history keeps name, size and
 * SHA-256), when the draft is discarded, at retention, and with Delete all buyer
 * data (the vault key is shredded too, so even a left-over record reads as nothing).
 */
import type { FileMeta } from '../domain/attachments';
import { sealBytes, unsealBytes, type SealedBytes } from './vault';

const DB_NAME = 'parley-files';
const STORE = 'files';

interface FileRecord extends SealedBytes {
  id: string;
  owner: string;
  meta: FileMeta;
  at: number;
}

export const draftOwner = (orderId: string): string => `draft:${orderId}`;
export const jobOwner = (jobId: string): string => `job:${jobId}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('owner', 'owner');
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await openDb();
  try {
    return await fn(db.transaction(STORE, mode).objectStore(STORE));
  } finally {
    db.close();
  }
}

const recordsOf = (owner: string): Promise<FileRecord[]> =>
  withStore('readonly', (s) => request(s.index('owner').getAll(owner) as IDBRequest<FileRecord[]>));

const hex = (buf: ArrayBuffer): string => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Seal and keep one file for `owner`; answers what Parley keeps about it. */
export async function putFile(
  owner: string,
  file: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> },
  now = Date.now(),
): Promise<FileMeta> {
  const meta: FileMeta = {
    id: crypto.randomUUID(),
    name: file.name,
    size: file.bytes.byteLength,
    type: file.type,
    sha256: hex(await crypto.subtle.digest('SHA-256', file.bytes)),
  };
  const sealed = await sealBytes(file.bytes);
  await withStore('readwrite', (s) => request(s.put({ id: meta.id, owner, meta, at: now, ...sealed } satisfies FileRecord)));
  return meta;
}

/** The files of an owner, oldest first. */
export async function filesOf(owner: string): Promise<FileMeta[]> {
  return (await recordsOf(owner)).sort((a, b) => a.at - b.at).map((r) => r.meta);
}

/** One file's bytes, if it belongs to `owner` and its seal opens. */
export async function fileBytes(owner: string, id: string): Promise<{ meta: FileMeta; bytes: Uint8Array } | undefined> {
  const record = await withStore('readonly', (s) => request(s.get(id) as IDBRequest<FileRecord | undefined>));
  if (!record || record.owner !== owner) return undefined;
  try {
    return { meta: record.meta, bytes: await unsealBytes(record) };
  } catch {
    return undefined;
  }
}

async function rewrite(filter: (r: FileRecord) => boolean, change: (r: FileRecord) => FileRecord | null): Promise<number> {
  const all = await withStore('readonly', (s) => request(s.getAll() as IDBRequest<FileRecord[]>));
  const hit = all.filter(filter);
  if (hit.length === 0) return 0;
  await withStore('readwrite', async (s) => {
    for (const r of hit) {
      const next = change(r);
      if (next) await request(s.put(next));
      else await request(s.delete(r.id));
    }
  });
  return hit.length;
}

/** Hand a draft's files to its job (the Send moment). Answers how many moved. */
export const moveFiles = (from: string, to: string): Promise<number> =>
  rewrite(
    (r) => r.owner === from,
    (r) => ({ ...r, owner: to }),
  );

export const deleteFile = (owner: string, id: string): Promise<number> =>
  rewrite(
    (r) => r.owner === owner && r.id === id,
    () => null,
  );

export const deleteFilesOf = (owner: string): Promise<number> =>
  rewrite(
    (r) => r.owner === owner,
    () => null,
  );

/** Retention: files kept longer than `maxAgeMs` go. */
export const purgeFiles = (now: number, maxAgeMs: number): Promise<number> =>
  rewrite(
    (r) => now - r.at > maxAgeMs,
    () => null,
  );

export const deleteAllFiles = (): Promise<number> =>
  rewrite(
    () => true,
    () => null,
  );

/** Every record's owner and size, for the storage tests (no bytes, no names). */
export async function fileCensus(): Promise<{ owner: string; size: number }[]> {
  const all = await withStore('readonly', (s) => request(s.getAll() as IDBRequest<FileRecord[]>));
  return all.map((r) => ({ owner: r.owner, size: r.meta.size }));
}

/** The files of these owners in the clear, to seal again after the vault key is replaced. */
export async function openFilesOf(
  owners: readonly string[],
): Promise<{ owner: string; meta: FileMeta; at: number; bytes: Uint8Array<ArrayBuffer> }[]> {
  const all = await withStore('readonly', (s) => request(s.getAll() as IDBRequest<FileRecord[]>));
  const out = [];
  for (const r of all.filter((x) => owners.includes(x.owner))) {
    const bytes = await unsealBytes(r).catch(() => undefined);
    if (bytes) out.push({ owner: r.owner, meta: r.meta, at: r.at, bytes: new Uint8Array(bytes) });
  }
  return out;
}

/** Put files back under the current vault key, with their ids (Delete all buyer data keeps queued messages whole). */
export async function resealFiles(files: Awaited<ReturnType<typeof openFilesOf>>): Promise<void> {
  for (const f of files) {
    const sealed = await sealBytes(f.bytes);
    await withStore('readwrite', (s) =>
      request(s.put({ id: f.meta.id, owner: f.owner, meta: f.meta, at: f.at, ...sealed } satisfies FileRecord)),
    );
  }
}
