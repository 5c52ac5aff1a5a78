// Wraps a provider instance so that an error blaming one of its settings (a refused token)
// names where the value came from: the config never shows the value, but the variable helps.
import { ProviderError, type KindHandler, type ProviderInstance } from '../resources/provider-contract.js';

/** variables: setting -> the environment variable its value was read from. */
export function explainSettingErrors(instance: ProviderInstance, provider: string, variables: Readonly<Record<string, string>>): ProviderInstance {
  if (Object.keys(variables).length === 0) return instance;
  const explain = (error: unknown): never => {
    if (!(error instanceof ProviderError) || error.setting === undefined) throw error;
    const variable = variables[error.setting];
    const source = variable === undefined ? `providers.${provider}.${error.setting} in the config` : `\${env:${variable}} (providers.${provider}.${error.setting})`;
    const hint = `${error.hint ? `${error.hint} ` : ''}The value comes from ${source}: check that it is set, current and allowed to do this.`;
    throw new ProviderError(error.code, error.message, hint, error.setting);
  };
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A): Promise<R> => call(...args).catch(explain);
  const handlers: Partial<Record<string, KindHandler>> = {};
  for (const [kind, handler] of Object.entries(instance.handlers)) {
    handlers[kind] = {
      ...handler,
      list: guard(handler.list.bind(handler)),
      read: guard(handler.read.bind(handler)),
      create: guard(handler.create.bind(handler)),
      update: guard(handler.update.bind(handler)),
      delete: guard(handler.delete.bind(handler)),
    };
  }
  return { handlers, health: guard(instance.health.bind(instance)), close: instance.close.bind(instance) };
}
