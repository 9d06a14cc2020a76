import { LOGGED, type LoggedField, takesLoad } from '../core/exercise';
import type { Problem } from '../core/problem';
import { type ExerciseEntry, readSet, type SetEntry } from '../sheet/save';
import { type ExerciseView, roundsOf, type SessionView } from '../sheet/session';
import { callServer, startupData } from './bridge';
import { byId, el } from './dom';
import { problemsFrom } from './problems';

/**
 * The Log-a-session sidebar: pick a tab and a session, type each set, save. Every name from the
 * sheet is rendered as text. A failed save keeps every entry and offers a retry with the same
 * save id, which the server recognises.
 */
interface Startup {
  readonly tabs: readonly { readonly name: string; readonly athlete: string }[];
  readonly view?: SessionView;
}

interface SaveResult {
  readonly saved: boolean;
  readonly next: readonly { readonly key: string; readonly text: string }[];
  readonly view: SessionView;
}

const startup = startupData<Startup>();
let view: SessionView | undefined = startup.view;
let pendingSave: { id: string; request: unknown } | undefined;
/**
 * Ids of saves that failed since the session was last read: rows they may have written are ours,
 * not someone else's newer save, so a changed entry saved under a new id may overwrite them.
 */
let unconfirmed: string[] = [];

const form = byId<HTMLFormElement>('log');
const status = (text: string) => {
  byId('status').textContent = text;
};

const newSaveId = (): string =>
  `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** What each logged field is called in this exercise's table and messages. */
function labelsOf(e: ExerciseView, units: string): Record<LoggedField, string> {
  return { load: units, reps: e.progression === 'hold' ? 'Sec' : 'Reps', rir: 'RIR' };
}

function targetText(e: ExerciseView, units: string): string {
  // Plyos and band work keep their prescription: there is no target to chase.
  if (e.progression === 'fixed') return 'the same every week';
  if (e.target === '' || e.target === null) return 'Target: set by your first logged load';
  const unit = { load: units, double: units, hold: 's', reps: 'reps' }[e.progression];
  return `Target: ${String(e.target)} ${unit}`;
}

/** "50 lb × 5 @ RIR 2", "35 s @ RIR 2", "8 reps": only what the exercise logs. */
function loggedText(e: ExerciseView, units: string): string {
  const fields = LOGGED[e.progression];
  const value = (f: LoggedField) => (fields.includes(f) ? e.logged[f] : '');
  const [load, reps, rir] = [value('load'), value('reps'), value('rir')];
  const count =
    reps === ''
      ? ''
      : e.progression === 'hold'
        ? `${String(reps)} s`
        : load !== ''
          ? `× ${String(reps)}`
          : `${String(reps)} reps`;
  const parts = [
    load !== '' ? `${String(load)} ${units}` : '',
    count,
    rir !== '' ? `@ RIR ${String(rir)}` : '',
  ];
  const text = parts.filter(Boolean).join(' ');
  return text === '' ? '' : `Logged: ${text}`;
}

function exerciseSection(e: ExerciseView, units: string): HTMLElement {
  const sets = roundsOf(e.prescription);
  const fields = LOGGED[e.progression];
  const labels = labelsOf(e, units);
  const input = (i: number, what: LoggedField) =>
    el('input', {
      'data-field': `${e.key}|${i}|${what}`,
      'aria-label': `${e.name}, set ${i + 1}, ${labels[what] === 'Sec' ? 'seconds' : what === 'reps' ? 'reps' : labels[what]}`,
      inputmode: 'decimal',
      autocomplete: 'off',
    });
  const rows = Array.from({ length: sets }, (_, i) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, String(i + 1)),
      ...fields.map((f) => el('td', {}, input(i, f))),
    ),
  );
  const fill = el('button', { type: 'button', class: 'fill' }, 'Same as target');
  fill.setAttribute('aria-label', `${e.name}: fill every set with the target`);
  fill.addEventListener('click', () => fillWithTarget(e));
  return el(
    'section',
    { class: 'exercise', 'data-key': e.key },
    el('h3', {}, e.name),
    el('p', { class: 'meta' }, `${e.prescription} · ${targetText(e, units)}`),
    el('p', { class: 'logged' }, loggedText(e, units)),
    el(
      'table',
      { class: 'sets' },
      el(
        'thead',
        {},
        el('tr', {}, el('th', {}, 'Set'), ...fields.map((f) => el('th', {}, labels[f]))),
      ),
      el('tbody', {}, ...rows),
    ),
    fill,
    el('ul', { class: 'errors', 'data-error-for': e.key }),
    el('p', { class: 'next', 'aria-live': 'polite' }),
  );
}

/** Fills every set with the target load, the prescribed reps (or seconds) and the target RIR. */
function fillWithTarget(e: ExerciseView): void {
  const count = Number.parseInt(e.prescription.split('×')[1] ?? '', 10);
  const values: Record<LoggedField, string> = {
    load: takesLoad(e.progression) && typeof e.target === 'number' ? String(e.target) : '',
    reps:
      typeof e.target === 'number' && !takesLoad(e.progression)
        ? String(e.target)
        : Number.isFinite(count)
          ? String(count)
          : '',
    rir: String(view?.targetRir ?? ''),
  };
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-field]')) {
    const [key, , what] = (box.dataset.field ?? '').split('|');
    if (key === e.key && what) box.value = values[what as LoggedField];
  }
}

function render(): void {
  const tabs = startup.tabs;
  byId('empty').hidden = tabs.length > 0;
  form.hidden = !view?.session;
  byId('tab-field').hidden = tabs.length < 2;
  byId('tab').replaceChildren(
    ...tabs.map((t) =>
      el(
        'option',
        { value: t.name, selected: t.name === view?.sheetName },
        t.athlete === t.name ? t.name : `${t.athlete} (${t.name})`,
      ),
    ),
  );
  byId('session').replaceChildren(
    ...(view?.sessions ?? []).map((s) =>
      el(
        'option',
        { value: s.key, selected: s.key === view?.session?.key },
        `${s.logged ? '✓ ' : ''}${s.title}`,
      ),
    ),
  );
  const session = view?.session;
  byId('title').textContent = session?.title ?? '';
  byId('notes').replaceChildren(...(session?.notes ?? []).map((n) => el('li', {}, n)));
  const units = view?.units ?? '';
  byId('blocks').replaceChildren(
    ...(session?.blocks ?? []).flatMap((b) => [
      el('h4', { class: 'block-title' }, b.title),
      ...b.exercises.map((e) => exerciseSection(e, units)),
    ]),
  );
  pendingSave = undefined;
  unconfirmed = [];
  byId('retry').hidden = true;
}

function entries(): ExerciseEntry[] {
  const byKey = new Map<string, SetEntry[]>();
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-field]')) {
    const [key = '', index = '0', what = 'load'] = (box.dataset.field ?? '').split('|');
    const sets = byKey.get(key) ?? [];
    const i = Number(index);
    sets[i] = {
      ...(sets[i] ?? { load: '', reps: '', rir: '' }),
      [what]: box.value.trim(),
    } as SetEntry;
    byKey.set(key, sets);
  }
  // Each row's save as this view read it: a save made elsewhere since then is never overwritten.
  const seen = new Map(
    (view?.session?.blocks ?? []).flatMap((b) => b.exercises.map((e) => [e.key, e.saveId])),
  );
  return [...byKey].map(([key, sets]) => ({ key, sets, base: seen.get(key) ?? '' }));
}

/** The same checks as the server, before anything is sent. */
function check(list: readonly ExerciseEntry[]): Problem[] {
  const problems: Problem[] = [];
  const exercises = new Map(
    (view?.session?.blocks ?? []).flatMap((b) => b.exercises.map((e) => [e.key, e])),
  );
  for (const entry of list) {
    const e = exercises.get(entry.key);
    entry.sets.forEach((set, i) => {
      readSet(
        set,
        e?.progression ?? 'load',
        `${e?.name ?? entry.key}, set ${i + 1}`,
        `${entry.key}|${i}`,
        problems,
      );
    });
  }
  return problems;
}

/**
 * Every problem twice: beside its field (the exercise lists its own, each input described by its
 * message), and in a summary by Save whose entries take the focus to the field.
 */
function showProblems(problems: readonly Problem[]): void {
  for (const list of form.querySelectorAll('.errors')) list.replaceChildren();
  for (const box of form.querySelectorAll('input[aria-invalid]')) {
    box.setAttribute('aria-invalid', 'false');
    box.removeAttribute('aria-describedby');
  }
  let fields = 0;
  const summary = problems.map((p, i) => {
    const box = form.querySelector<HTMLInputElement>(`input[data-field="${CSS.escape(p.field)}"]`);
    const key = p.field.split('|')[0] ?? '';
    const list = form.querySelector(`[data-error-for="${CSS.escape(key)}"]`);
    if (!box || !list) return el('li', {}, p.message);
    fields++;
    const id = `problem-${i}`;
    const name = box.closest('section')?.querySelector('h3')?.textContent ?? '';
    // Beside the field the exercise is already named: "Set 2: RIR must be …".
    const own = p.message.startsWith(`${name}, `) ? p.message.slice(name.length + 2) : p.message;
    list.append(el('li', { id }, own.charAt(0).toUpperCase() + own.slice(1)));
    box.setAttribute('aria-invalid', 'true');
    box.setAttribute('aria-describedby', id);
    const go = el('button', { type: 'button', class: 'link' }, p.message);
    go.addEventListener('click', () => box.focus());
    return el('li', {}, go);
  });
  const title =
    fields === 0
      ? []
      : [
          el(
            'p',
            { class: 'summary-title' },
            `Fix ${fields === 1 ? 'this entry' : `these ${fields} entries`} to save:`,
          ),
        ];
  byId('error-form').replaceChildren(
    ...(summary.length === 0 ? [] : [...title, el('ul', {}, ...summary)]),
  );
  form.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
}

async function save(): Promise<void> {
  if (!view?.session) return;
  const list = entries();
  if (
    !list.some((e) => e.sets.some((set) => set.load !== '' || set.reps !== '' || set.rir !== ''))
  ) {
    status('Type at least one set first.');
    return;
  }
  const problems = check(list);
  showProblems(problems);
  if (problems.length > 0) return;
  // A retry resends the very same request, save id included, so the server can tell.
  pendingSave ??= {
    id: newSaveId(),
    request: {
      saveId: '',
      sheetName: view.sheetName,
      sessionKey: view.session.key,
      exercises: list,
      after: [...unconfirmed],
    },
  };
  const id = pendingSave.id;
  const request = { ...(pendingSave.request as object), saveId: id };
  const button = byId<HTMLButtonElement>('save');
  button.disabled = true;
  byId('retry').hidden = true;
  status('Saving…');
  try {
    const result = await callServer<SaveResult>('saveSession', request);
    const next = result.next;
    view = result.view;
    render();
    for (const n of next) {
      const slot = form.querySelector(`[data-key="${CSS.escape(n.key)}"] .next`);
      if (slot) slot.textContent = n.text;
    }
    status(
      result.saved
        ? 'Saved. The rest of the block has recalculated.'
        : 'Already saved: nothing was written twice.',
    );
  } catch (error) {
    const fields = [...form.querySelectorAll<HTMLInputElement>('input[data-field]')].map(
      (b) => b.dataset.field ?? '',
    );
    showProblems(problemsFrom(error as Error, fields));
    if (!unconfirmed.includes(id)) unconfirmed.push(id);
    status('Not saved. Your entries are kept: try again.');
    byId('retry').hidden = false;
  } finally {
    button.disabled = false;
  }
}

async function load(sheetName: string, sessionKey?: string): Promise<void> {
  status('Loading…');
  try {
    view = await callServer<SessionView>('getSession', { sheetName, sessionKey });
    render();
    status('');
  } catch (error) {
    status(`Could not open that session: ${(error as Error).message}`);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});
form.addEventListener('input', () => {
  // An edited entry is a new save, not a retry of the old one.
  pendingSave = undefined;
});
byId('retry').addEventListener('click', () => void save());
byId('tab').addEventListener('change', () => void load(byId<HTMLSelectElement>('tab').value));
byId('session').addEventListener(
  'change',
  () => void load(view?.sheetName ?? '', byId<HTMLSelectElement>('session').value),
);
render();
