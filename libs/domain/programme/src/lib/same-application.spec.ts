import { projectKey } from './same-application';

describe('rule R27: the same project, however it is typed', () => {
  it('reads full-width, spacing and case alike', () => {
    expect(projectKey('  社区 长者  食堂ＡＢ ')).toBe(projectKey('社区 长者 食堂ab'));
    expect(projectKey('邻里互助　计划')).toBe('邻里互助 计划');
  });

  it('keeps different projects apart', () => {
    expect(projectKey('长者食堂一期')).not.toBe(projectKey('长者食堂二期'));
  });

  it('refuses what is not a string', () => {
    expect(() => projectKey(undefined as unknown as string)).toThrow('rule R27');
  });
});
