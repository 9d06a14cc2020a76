import type { ActionReply, EditReply, WorkbookView } from '../types';

async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

/** The playground server's JSON API (see playground/types.ts). */
export const api = {
  async state(since: number): Promise<WorkbookView> {
    const response = await fetch(`/api/state?since=${since}`);
    if (!response.ok) throw new Error(await response.text());
    return (await response.json()) as WorkbookView;
  },
  edit: (sheet: string, cell: string, value: string) =>
    post<EditReply>('/api/edit', { sheet, cell, value }),
  select: (sheet: string, cell: string) => post<ActionReply>('/api/select', { sheet, cell }),
  menu: (functionName: string) => post<ActionReply>('/api/menu', { functionName }),
  actAs: (email: string) => post<ActionReply>('/api/user', { email }),
  saveState: () => post<ActionReply>('/api/state/save'),
  loadState: () => post<ActionReply>('/api/state/load'),
};
