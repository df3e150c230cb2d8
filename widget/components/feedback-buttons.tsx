import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';
import type { Rating } from '../stores/feedback-ratings';
import { ThumbIcon } from './icons';

const choices: { value: Rating; label: string }[] = [
  { value: 'up', label: 'Helpful' },
  { value: 'down', label: 'Not helpful' },
];

/** "Helpful" / "Not helpful" under the bot answer at `seq`: toggle buttons, both disabled once one is chosen, the choice shown by `aria-pressed`. */
export function FeedbackButtons({ seq }: { seq: number }) {
  const chat = useChat();
  const rating = useStore(chat.$ratings).get(seq);
  return (
    <div class="feedback" role="group" aria-label="Rate this answer">
      {choices.map(({ value, label }) => (
        <button key={value} type="button" class="rate" aria-label={label} aria-pressed={rating === value} disabled={!!rating} onClick={() => chat.rate(seq, value)}>
          <ThumbIcon down={value === 'down'} />
        </button>
      ))}
    </div>
  );
}
