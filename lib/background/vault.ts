/**
 * Buyer data at rest: names, relay addresses and message texts are sealed with
 * AES-GCM under a non-extractable key that lives in IndexedDB (CryptoKeys can
 * be stored there but never exported, and chrome.storage cannot hold them).
 * What storage.local holds is ciphertext; deleting the key shreds every sealed
 * value at once ("Delete all buyer data now").
 */
import { SealedSchema, type Sealed } from '../storage/sealed';

export { SealedSchema, type Sealed };

const DB_NAME = 'parley-vault';
const STORE = 'keys';
const KEY_ID = 'buyer-data';

let keyPromise: Promise<CryptoKey> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function loadOrCreateKey(): Promise<CryptoKey> {
  const db = await openDb();
  try {
    const existing = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY_ID));
    if (existing instanceof CryptoKey) return existing;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    // add() rather than put(): if another context created a key meanwhile, keep theirs.
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, KEY_ID));
      return key;
    } catch {
      const winner = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY_ID));
      if (winner instanceof CryptoKey) return winner;
      throw new Error('vault key could not be stored');
    }
  } finally {
    db.close();
  }
}

function vaultKey(): Promise<CryptoKey> {
  keyPromise ??= loadOrCreateKey().catch((e: unknown) => {
    keyPromise = undefined; // let the next call try again
    throw e;
  });
  return keyPromise;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Encrypt any JSON-serialisable value. */
export async function seal(value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await vaultKey(), plain));
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on long texts.
  for (let i = 0; i < ct.length; i += 0x8000) binary += String.fromCharCode(...ct.subarray(i, i + 0x8000));
  return { v: 1, iv: toBase64(iv), ct: btoa(binary) };
}

/** Decrypt; throws when the value was tampered with or the key was deleted. */
export async function unseal<T>(sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, await vaultKey(), fromBase64(sealed.ct));
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** Forget the key: every sealed value becomes unreadable. A new key is made on next use. */
export async function shredVaultKey(): Promise<void> {
  keyPromise = undefined;
  const db = await openDb();
  try {
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(KEY_ID));
  } finally {
    db.close();
  }
}

/** Bytes sealed for IndexedDB (files: too large for JSON and base64). */
export interface SealedBytes {
  iv: Uint8Array;
  ct: ArrayBuffer;
}

export async function sealBytes(bytes: Uint8Array<ArrayBuffer>): Promise<SealedBytes> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, ct: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await vaultKey(), bytes) };
}

/** Decrypt bytes; throws when they were tampered with or the key was deleted. */
export async function unsealBytes(sealed: SealedBytes): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(sealed.iv) }, await vaultKey(), sealed.ct));
}
