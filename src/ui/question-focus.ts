// A question asked in place ("Switch it off?", "Reset everything?"): focus moves onto its confirming
// button when it appears, and back to the button that asked once it is answered or withdrawn.
import { useEffect, useRef } from 'preact/hooks';

export function useQuestionFocus(asking: boolean) {
  const askRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
    asked.current ||= asking;
  }, [asking]);
  return { askRef, confirmRef };
}
