export type { UserAuthMode } from './core/auth';
export type { CallCounter } from './core/counter';
export { type Random, seededRandom } from './core/random';
export type { ChartTable } from './engine/charts';
export type { ConditionalFormat } from './engine/conditional';
export type { CellAttrs, ValidationSpec } from './engine/model';
export type { SerializedSheet, SerializedState } from './engine/serialize';
export type { ServiceCall, Started } from './executions';
export type {
  ChartView,
  EditResult,
  LockControl,
  Manifest,
  Runtime,
  RuntimeOptions,
} from './runtime';
export { createRuntime, restoreRuntime } from './runtime';
export type { LogEntry } from './services/env';
export type { LockKind, LockRequest } from './services/lockTable';
export type {
  AlertRecord,
  DialogRecord,
  MenuEntry,
  MenuRecord,
  ToastRecord,
  UiLog,
} from './services/uiLog';
