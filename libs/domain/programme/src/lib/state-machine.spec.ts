import { stateMachine, TransitionRefused } from './state-machine';

type Light = 'RED' | 'GREEN' | 'OFF';
type Switch = 'GO' | 'STOP' | 'UNPLUG';

const light = stateMachine<Light, Switch>({
  name: 'light',
  nameZh: '信号灯',
  rule: 'R28',
  transitions: {
    RED: { GO: 'GREEN', UNPLUG: 'OFF' },
    GREEN: { STOP: 'RED', UNPLUG: 'OFF' },
    OFF: {},
  },
});

describe('stateMachine (rule R27, rule R28)', () => {
  it('moves along its table', () => {
    expect(light.next('RED', 'GO')).toBe('GREEN');
    expect(light.next('GREEN', 'STOP')).toBe('RED');
    expect(light.check('GREEN', 'UNPLUG')).toEqual({ ok: true, next: 'OFF' });
  });

  it('refuses an event the status does not take, naming the rule, status and event', () => {
    const refusal = light.check('RED', 'STOP');
    expect(refusal).toEqual({
      ok: false,
      machine: 'light',
      state: 'RED',
      event: 'STOP',
      message: 'rule R28: a light in status RED cannot take STOP',
      messageZh: '规则 R28：信号灯当前状态为 RED，不能执行 STOP',
    });
    expect(() => light.next('OFF', 'GO')).toThrow(TransitionRefused);
    try {
      light.next('OFF', 'GO');
    } catch (error) {
      expect(error).toMatchObject({ code: 'STATE_TRANSITION_REFUSED', state: 'OFF', event: 'GO' });
    }
  });

  it('refuses a status outside its table instead of reading the prototype', () => {
    expect(light.can('toString' as Light, 'GO')).toBe(false);
    expect(light.can('PURPLE' as Light, 'GO')).toBe(false);
  });

  it('lists the statuses that take an event, for set-based guards', () => {
    expect(light.takes('UNPLUG')).toEqual(['RED', 'GREEN']);
    expect(light.takes('GO')).toEqual(['RED']);
  });

  it('knows its final statuses', () => {
    expect(light.isFinal('OFF')).toBe(true);
    expect(light.isFinal('RED')).toBe(false);
    expect(light.states).toEqual(['RED', 'GREEN', 'OFF']);
  });

  it('refuses a table that moves to a status it does not have', () => {
    expect(() =>
      stateMachine<'A' | 'B', 'X'>({
        name: 'broken',
        nameZh: '坏表',
        rule: 'R27',
        transitions: { A: { X: 'C' as 'B' }, B: {} },
      }),
    ).toThrow('rule R27: broken moves from A on X to C, which is not one of its statuses');
  });
});
