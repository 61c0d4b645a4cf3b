import { expect } from 'vitest';
import type { Client } from '../../testing/test-app';

/** Factory: a returnee registered by `client` at the client's centre. */
export async function newWorker(client: Client, given: string): Promise<string> {
  const res = await client.request('POST', '/api/workers', {
    familyNameLatin: 'Keo',
    givenNameLatin: given,
    sex: 'male',
    birthYear: 1988,
    registrationChannel: 'walk_in',
    acknowledgedDuplicates: true,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

/** Sends a request and checks its status, returning the parsed body (loosely typed: tests read any field). */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field and asserted
export async function expectStatus<T = any>(
  client: Client,
  method: string,
  path: string,
  status: number,
  body?: unknown,
): Promise<T> {
  const res = await client.request(method, path, body);
  const json = await res.json();
  expect({ status: res.status, path, json }).toMatchObject({ status, path });
  return json as T;
}
