/**
 * A status and the events that move it, written once as a table. Every programme record that
 * carries a status (an application, a commitment, a payment, a tranche) moves only through its
 * machine, so a status that the table does not allow is never stored. rule R27, rule R28
 */
export type Transitions<S extends string, E extends string> = Readonly<
  Record<S, Readonly<Partial<Record<E, S>>>>
>;

export interface MachineDefinition<S extends string, E extends string> {
  /** What moves: "payment", "commitment", "subsidy application". */
  name: string;
  nameZh: string;
  /** The rule the table encodes, cited in every refusal: "R28". */
  rule: string;
  transitions: Transitions<S, E>;
}

/** Why an event was refused in a status, in both languages. rule R27, rule R28 */
export interface TransitionRefusal<S extends string, E extends string> {
  ok: false;
  machine: string;
  state: S;
  event: E;
  message: string;
  messageZh: string;
}

export type TransitionCheck<S extends string, E extends string> =
  { ok: true; next: S } | TransitionRefusal<S, E>;

/** Thrown by `next` on an event the status does not take; services answer it with 409. */
export class TransitionRefused extends Error {
  readonly code = 'STATE_TRANSITION_REFUSED';
  constructor(
    readonly machine: string,
    readonly state: string,
    readonly event: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'TransitionRefused';
  }
}

export interface StateMachine<S extends string, E extends string> {
  readonly name: string;
  readonly rule: string;
  readonly states: readonly S[];
  readonly transitions: Transitions<S, E>;
  /** The status after the event, or a refusal naming both. */
  check(state: S, event: E): TransitionCheck<S, E>;
  /** The status after the event; throws TransitionRefused when the table does not allow it. */
  next(state: S, event: E): S;
  can(state: S, event: E): boolean;
  /** The statuses that take the event: the guard of a set-based UPDATE. */
  takes(event: E): S[];
  /** Whether nothing moves the status any more. */
  isFinal(state: S): boolean;
}

// rule R27, rule R28: a state machine from its table; its states are the table's keys.
export function stateMachine<S extends string, E extends string>(
  definition: MachineDefinition<S, E>,
): StateMachine<S, E> {
  const { name, nameZh, rule, transitions } = definition;
  const states = Object.freeze(Object.keys(transitions) as S[]);
  for (const [from, row] of Object.entries(transitions) as [S, Partial<Record<E, S>>][]) {
    for (const [event, to] of Object.entries(row) as [E, S][]) {
      if (!states.includes(to)) {
        throw new RangeError(
          `rule ${rule}: ${name} moves from ${from} on ${event} to ${to}, which is not one of its statuses`,
        );
      }
    }
  }
  const check = (state: S, event: E): TransitionCheck<S, E> => {
    const to = Object.prototype.hasOwnProperty.call(transitions, state)
      ? transitions[state][event]
      : undefined;
    if (to !== undefined) return { ok: true, next: to };
    return {
      ok: false,
      machine: name,
      state,
      event,
      message: `rule ${rule}: a ${name} in status ${String(state)} cannot take ${String(event)}`,
      messageZh: `规则 ${rule}：${nameZh}当前状态为 ${String(state)}，不能执行 ${String(event)}`,
    };
  };
  return Object.freeze({
    name,
    rule,
    states,
    transitions,
    check,
    next(state: S, event: E): S {
      const result = check(state, event);
      if (result.ok) return result.next;
      throw new TransitionRefused(name, state, event, result.message, result.messageZh);
    },
    can: (state: S, event: E) => check(state, event).ok,
    takes: (event: E) => states.filter((state) => transitions[state][event] !== undefined),
    isFinal: (state: S) => Object.keys(transitions[state] ?? {}).length === 0,
  });
}
