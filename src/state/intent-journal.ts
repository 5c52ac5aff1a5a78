// The intent journal: before each provider call apply records what it is about to do, and
// after the state is written it records that it is done. A run killed in between leaves
// an open intent that the next run reconciles against live objects (see plan/recover-interrupted).
// Each state backend keeps one per workspace (LocalIntentJournal, PostgresIntentJournal).

export interface Intent {
  readonly seq: number;
  readonly address: string;
  readonly action: 'create' | 'update' | 'delete' | 'import';
  readonly kind: string;
  readonly provider: string;
  /** Natural key of the object as it will be after the change. */
  readonly natural_key: string;
  /** The resolved managed spec being sent. */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly depends_on: readonly string[];
}

export interface IntentJournal {
  /** Intents begun and never ended, by an earlier run killed mid-change. */
  readOpen(): Promise<Intent[]>;
  /** Records an intent durably before its provider call; returns its seq. */
  begin(intent: Omit<Intent, 'seq'>): Promise<number>;
  end(seq: number): Promise<void>;
  /** Forgets every intent; called once the state reflects them all. */
  clear(): Promise<void>;
}
