import type { Env } from './env';
import type { GasInfo } from './gas';
import { asGas, ENUMS } from './gas';

type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type GHtmlService = GoogleAppsScript.HTML.HtmlService;

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Turns Apps Script scriptlets into a function source: `<?= e ?>` prints e HTML-escaped,
 * `<?!= e ?>` prints it raw, `<? code ?>` runs code. Template properties are in scope through
 * `with`, as Apps Script's own compiler arranges.
 */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    const index = m.index ?? 0;
    if (index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, index))});`);
    const kind = m[1];
    const body = (m[2] ?? '').trim().replace(/;+$/, '');
    if (kind === '=') parts.push(`__out.push(__escape(${body}));`);
    else if (kind === '!=') parts.push(`__out.push(__raw(${body}));`);
    else parts.push(`${m[2] ?? ''}\n`);
    last = index + m[0].length;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return `(function (__vars, __escape, __raw) { var __out = []; with (__vars) {\n${parts.join('\n')}\n} return __out.join(''); })`;
}

const OUTPUT_API = [
  'addMetaTag',
  'append',
  'appendUntrusted',
  'asTemplate',
  'clear',
  'getContent',
  'getFaviconUrl',
  'getHeight',
  'getTitle',
  'getWidth',
  'setContent',
  'setFaviconUrl',
  'setHeight',
  'setSandboxMode',
  'setTitle',
  'setWidth',
  'setXFrameOptionsMode',
] as const satisfies readonly (keyof GHtmlOutput)[];

export class FakeHtmlOutput implements Pick<GHtmlOutput, (typeof OUTPUT_API)[number]> {
  static readonly gas: GasInfo = { name: 'HtmlOutput', methods: OUTPUT_API };
  title = '';
  width: number | null = null;
  height: number | null = null;
  faviconUrl = '';
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly env: Env,
    private content: string,
  ) {}

  addMetaTag(name: string, content: string): GHtmlOutput {
    this.metaTags.push({ name, content });
    return asGas(this);
  }

  append(addedContent: string): GHtmlOutput {
    this.content += addedContent;
    return asGas(this);
  }

  appendUntrusted(addedContent: string): GHtmlOutput {
    this.content += escapeHtml(addedContent);
    return asGas(this);
  }

  asTemplate(): GHtmlTemplate {
    return asGas(new FakeHtmlTemplate(this.env, this.content));
  }

  clear(): GHtmlOutput {
    this.content = '';
    return asGas(this);
  }

  getContent(): string {
    return this.content;
  }

  getFaviconUrl(): string {
    return this.faviconUrl;
  }

  getHeight(): number {
    return this.height ?? 0;
  }

  getTitle(): string {
    return this.title;
  }

  getWidth(): number {
    return this.width ?? 0;
  }

  setContent(content: string): GHtmlOutput {
    this.content = content;
    return asGas(this);
  }

  setFaviconUrl(iconUrl: string): GHtmlOutput {
    this.faviconUrl = iconUrl;
    return asGas(this);
  }

  setHeight(height: number): GHtmlOutput {
    this.height = height;
    return asGas(this);
  }

  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GHtmlOutput {
    return asGas(this);
  }

  setTitle(title: string): GHtmlOutput {
    this.title = title;
    return asGas(this);
  }

  setWidth(width: number): GHtmlOutput {
    this.width = width;
    return asGas(this);
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    return asGas(this);
  }
}

const TEMPLATE_API = [
  'evaluate',
  'getCode',
  'getCodeWithComments',
  'getRawContent',
] as const satisfies readonly (keyof GHtmlTemplate)[];

/** Script-assigned properties live on the object itself; its own state hides in # fields. */
export class FakeHtmlTemplate implements Pick<GHtmlTemplate, (typeof TEMPLATE_API)[number]> {
  static readonly gas: GasInfo = { name: 'HtmlTemplate', methods: TEMPLATE_API, open: true };
  readonly #env: Env;
  readonly #source: string;

  constructor(env: Env, source: string) {
    this.#env = env;
    this.#source = source;
  }

  evaluate(): GHtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) vars[key] = (this as Record<string, unknown>)[key];
    const html = this.#env.evaluateTemplate(compileTemplate(this.#source), vars);
    return asGas(new FakeHtmlOutput(this.#env, html));
  }

  getCode(): string {
    return compileTemplate(this.#source);
  }

  getCodeWithComments(): string {
    return compileTemplate(this.#source);
  }

  getRawContent(): string {
    return this.#source;
  }
}

const SERVICE_API = [
  'createHtmlOutput',
  'createHtmlOutputFromFile',
  'createTemplate',
  'createTemplateFromFile',
] as const satisfies readonly (keyof GHtmlService)[];

export class FakeHtmlService implements Pick<GHtmlService, (typeof SERVICE_API)[number]> {
  static readonly gas: GasInfo = {
    name: 'HtmlService',
    methods: SERVICE_API,
    props: ['SandboxMode', 'XFrameOptionsMode'],
  };
  readonly SandboxMode = ENUMS.SandboxMode;
  readonly XFrameOptionsMode = ENUMS.XFrameOptionsMode;

  constructor(private readonly env: Env) {}

  private file(name: string): string {
    const key = name.replace(/\.html$/, '');
    const source = this.env.htmlFiles[key];
    if (source === undefined) this.env.fail(this.env.msg.htmlFileNotFound(name));
    return source;
  }

  createHtmlOutput(html: unknown = ''): GHtmlOutput {
    return asGas(new FakeHtmlOutput(this.env, typeof html === 'string' ? html : String(html)));
  }

  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    return asGas(new FakeHtmlOutput(this.env, this.file(filename)));
  }

  createTemplate(html: unknown): GHtmlTemplate {
    return asGas(new FakeHtmlTemplate(this.env, String(html)));
  }

  createTemplateFromFile(filename: string): GHtmlTemplate {
    return asGas(new FakeHtmlTemplate(this.env, this.file(filename)));
  }
}
