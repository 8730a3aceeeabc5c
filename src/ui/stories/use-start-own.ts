import { useState } from 'react';
import { useAppState } from '../../state/react.tsx';

/**
 * The reader's own articles and stories start on first use (their code is a chunk of its own): `start` resolves
 * once they have, `ready` says a button may offer them, `starting` that they are on their way.
 */
export function useStartOwn() {
  const actions = useAppState((state) => state.ownActions);
  const startOwn = useAppState((state) => state.startOwn);
  const [starting, setStarting] = useState(false);
  const start = async () => {
    if (actions || !startOwn) return;
    setStarting(true);
    try {
      await startOwn();
    } finally {
      setStarting(false);
    }
  };
  return { ready: actions !== null || startOwn !== null, starting, start };
}
