import { WEEKDAYS, type Weekday } from '../core/dates';
import { progressionOf, takesLoad } from '../core/exercise';
import { defaultSpec, readSpec } from '../core/options';
import type { Problem } from '../core/problem';
import { DEFAULT_PROGRAM, type Program, programNamed } from '../core/programs';
import { defaultWeekdays } from '../core/schedule';
import { defaultStep, type Unit } from '../core/units';
import type { Continuing } from '../sheet/finished';
import { callServer, closeHost, startupData } from './bridge';
import { byId, el, showFieldError } from './dom';
import { problemsFrom } from './problems';

/**
 * The generate dialog: validates with the server's own rules, then calls `generateProgram`. Opened
 * by Continue athlete…, it is the same form for the athlete's next block: the athlete is the
 * earlier tab's, the starting loads come worked out (each with how), and it calls
 * `continueAthlete`.
 */
interface Startup {
  /** The spreadsheet's today, YYYY-MM-DD: the default start is the Monday after. */
  readonly today: string;
  /** The library the server generates from (the Template's, else the built-in one). */
  readonly programs: readonly Program[];
  readonly continuing?: Continuing;
  /** The prototype the form's opening verified as the coach's: sent back, Generate trusts it. */
  readonly prototype: string;
}

const { today, programs, continuing, prototype } = startupData<Startup>();
const form = byId<HTMLFormElement>('generate');
const input = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => byId<T>(name);

function dayPicker(container: string, name: string, checked: readonly Weekday[]): void {
  byId(container).replaceChildren(
    ...WEEKDAYS.map((day) =>
      el(
        'label',
        {},
        el('input', { type: 'checkbox', name, value: day, checked: checked.includes(day) }),
        day,
      ),
    ),
  );
}

const loadedExercises = (program: Program): string[] => [
  ...new Set(
    program.workouts.flatMap((w) =>
      w.blocks.flatMap((b) =>
        b.exercises.filter((e) => takesLoad(progressionOf(e, b.name))).map((e) => e.name),
      ),
    ),
  ),
];

const DAYS_LABEL: Readonly<Record<number, string>> = {
  1: '1 (A, then B)',
  2: '2 (A, B)',
  3: '3 (ABA, BAB)',
};

function choices(select: string, values: readonly number[], label: (n: number) => string): void {
  input(select).replaceChildren(...values.map((n) => el('option', { value: String(n) }, label(n))));
}

const chosen = (): Program =>
  programNamed(input('program').value, programs) ?? (programs[0] as Program);

/** A program's own lengths, frequencies, target RIR and loaded lifts; the rest stays as typed. */
function applyProgram(program: Program): void {
  const defaults = defaultSpec(today, program);
  choices('weeks', program.weeks, String);
  choices('daysPerWeek', program.daysPerWeek, (n) => DAYS_LABEL[n] ?? String(n));
  input('weeks').value = String(defaults.weeks);
  input('daysPerWeek').value = String(defaults.daysPerWeek);
  input('targetRir').value = String(defaults.targetRir);
  dayPicker('weekdays', 'weekdays', defaults.weekdays);
  byId('program-summary').textContent = program.summary;
  const preview = new Map((continuing?.previews[program.name] ?? []).map((l) => [l.exercise, l]));
  byId('startingLoads').replaceChildren(
    ...loadedExercises(program).flatMap((name, i) => {
      const found = preview.get(name);
      const box = el('input', {
        id: `load-${i}`,
        name: `startingLoads.${name}`,
        'data-exercise': name,
        type: 'number',
        min: 0,
        step: 'any',
        inputmode: 'decimal',
      });
      if (found) box.value = String(found.load);
      return [
        el('label', { for: `load-${i}` }, name),
        box,
        ...(found ? [el('p', { class: 'hint how' }, found.note)] : []),
        el('p', { class: 'error', id: `error-startingLoads.${name}`, role: 'alert' }),
      ];
    }),
  );
}

function fill(): void {
  input('program').replaceChildren(...programs.map((p) => el('option', { value: p.name }, p.name)));
  input('program').value =
    programNamed(continuing?.next ?? DEFAULT_PROGRAM, programs)?.name ?? programs[0]?.name ?? '';
  const defaults = defaultSpec(today, chosen());
  input('startDate').value = continuing?.startDate ?? defaults.startDate;
  input('units').value = continuing?.units ?? defaults.units;
  input('step').value = String(continuing?.step || defaults.step);
  dayPicker('runDays', 'runDays', defaults.runDays);
  if (continuing) {
    input<HTMLInputElement>('athlete').value = continuing.athlete;
    input<HTMLInputElement>('athlete').readOnly = true;
    byId('lead').textContent =
      `The next block for ${continuing.athlete}, after “${continuing.from}” (${continuing.program}). ` +
      'That tab stays as it is; the new one links back to it.';
    byId<HTMLButtonElement>('submit').textContent = 'Continue';
  }
  applyProgram(chosen());
}

const checkedDays = (name: string): Weekday[] =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
    (box) => box.value as Weekday,
  );

/** The options exactly as `generateProgram` documents them. */
function options(): Record<string, unknown> {
  const startingLoads: Record<string, string> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-exercise]')) {
    if (box.value.trim() !== '') startingLoads[box.dataset.exercise ?? ''] = box.value;
  }
  return {
    athlete: input('athlete').value,
    program: input('program').value,
    weeks: Number(input('weeks').value),
    daysPerWeek: Number(input('daysPerWeek').value),
    startDate: input('startDate').value,
    weekdays: checkedDays('weekdays'),
    units: input('units').value,
    step: input('step').value,
    targetRir: input('targetRir').value,
    startingLoads,
    runDays: checkedDays('runDays'),
    prototype,
  };
}

function showProblems(problems: readonly Problem[]): void {
  for (const slot of document.querySelectorAll('.error')) slot.textContent = '';
  for (const field of form.querySelectorAll('[aria-invalid]'))
    field.setAttribute('aria-invalid', 'false');
  const general = problems.filter((p) => !showFieldError(p.field, p.message));
  byId('error-form').textContent = general.map((p) => `${p.field}: ${p.message}`).join(' ');
  const first = problems[0];
  if (first) document.querySelector<HTMLElement>(`[name="${CSS.escape(first.field)}"]`)?.focus();
}

const fieldNames = (): string[] =>
  [...form.querySelectorAll<HTMLInputElement>('[name]')].map((field) => field.name);

async function submit(event: Event): Promise<void> {
  event.preventDefault();
  const raw = options();
  const { problems } = readSpec(raw, programs);
  showProblems(problems);
  if (problems.length > 0) return;
  const button = byId<HTMLButtonElement>('submit');
  button.disabled = true;
  byId('status').textContent = 'Generating…';
  try {
    const { sheetName } = continuing
      ? await callServer<{ sheetName: string }>('continueAthlete', {
          ...raw,
          from: continuing.from,
        })
      : await callServer<{ sheetName: string }>('generateProgram', raw);
    byId('status').textContent = `Created the tab “${sheetName}”.`;
    setTimeout(closeHost, 1200);
  } catch (error) {
    byId('status').textContent = '';
    showProblems(problemsFrom(error as Error, fieldNames()));
    button.disabled = false;
  }
}

// Defaults that follow other choices until the coach picks something of their own.
input('program').addEventListener('change', () => applyProgram(chosen()));
input('daysPerWeek').addEventListener('change', () =>
  dayPicker('weekdays', 'weekdays', defaultWeekdays(Number(input('daysPerWeek').value))),
);
input('units').addEventListener('change', () => {
  input('step').value = String(defaultStep(input('units').value as Unit));
});
form.addEventListener('submit', submit);
byId('cancel').addEventListener('click', closeHost);
fill();
input('athlete').focus();
