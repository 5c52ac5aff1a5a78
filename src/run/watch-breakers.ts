// Circuit-breaker transitions of a run's providers as run events: those of the refresh, which
// happened before anyone listened, then each one as it happens.
import type { BreakerTransition, ProviderResilience } from '../transport/provider-resilience.js';
import type { RunEvents } from './run-events.js';

export function watchBreakers(resilience: ProviderResilience, events: RunEvents): { all(): readonly BreakerTransition[] } {
  const seen: BreakerTransition[] = [];
  const note = (transition: BreakerTransition): void => {
    seen.push(transition);
    events.post({ type: 'breaker', transition });
  };
  resilience.transitions().forEach(note);
  resilience.onTransition(note);
  return { all: () => [...seen] };
}
