// The React 19 recipe of docs/recipes.md, type-checked and run as an app team would.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'aivd-mission';
import type { AivdMission, AivdMissionToggleEvent } from 'aivd-mission';

// React 19 passes unknown props to custom elements as properties (when the
// element has one) and `on<event>` functions as event listeners.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'aivd-mission': React.HTMLAttributes<AivdMission> & {
        ref?: React.Ref<AivdMission>;
        lang?: 'nl' | 'en' | string;
        sections?: string;
        open?: string;
        headingLevel?: number;
        exclusive?: boolean;
        'onaivd-mission-toggle'?: (event: AivdMissionToggleEvent) => void;
      };
    }
  }
}

export function Mission() {
  const [open, setOpen] = useState('values');
  return (
    <>
      <aivd-mission
        lang="en"
        headingLevel={3}
        open={open}
        onaivd-mission-toggle={(event: AivdMissionToggleEvent) =>
          setOpen((event.currentTarget as AivdMission).open)
        }
      />
      <p data-testid="open">Open: {open || 'none'}</p>
    </>
  );
}

export function mount(container: HTMLElement) {
  const root = createRoot(container);
  root.render(<Mission />);
  return root;
}
