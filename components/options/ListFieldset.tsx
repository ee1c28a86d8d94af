import type { ComponentChildren, RefObject } from 'preact';

export interface ListFieldsetProps {
  boxRef: RefObject<HTMLFieldSetElement | null>;
  id: string;
  title: string;
  help: string;
  /** Shown instead of the list when it has no items. */
  empty: string;
  /** The list's `<li>` items. */
  items: ComponentChildren[];
  /** What follows the list: its live region (mounted empty, so that what is said later is announced). */
  after: ComponentChildren;
  failure: string | null;
}

/** A settings list the user removes items from (trusted accounts, enabled sites): its frame. */
export function ListFieldset({ boxRef, id, title, help, empty, items, after, failure }: ListFieldsetProps) {
  return (
    <fieldset ref={boxRef} tabIndex={-1} id={id}>
      {/* A heading too: the popover sends people here, and a heading is what they can jump to. */}
      <legend>
        <h3>{title}</h3>
      </legend>
      <p class="help">{help}</p>
      {items.length === 0 ? <p class="muted">{empty}</p> : <ul class="trusted">{items}</ul>}
      {after}
      {failure && (
        <p class="error" role="alert" dir="auto">
          {failure}
        </p>
      )}
    </fieldset>
  );
}
