import { useRef, useState } from 'preact/hooks';
import { TransferDialog } from './transfer-dialog';

/** The "Transfer" button and its dialog; closing the dialog puts focus back on the button. */
export function TransferControl({ conversationId }: { conversationId: string }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button ref={buttonRef} type="button" class="btn btn-outline" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Transfer
      </button>
      {open && <TransferDialog conversationId={conversationId} onClose={close} />}
    </>
  );
}
