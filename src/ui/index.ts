// Public surface of the UI for the content script.
export { Nudge, trapFocus } from './Nudge';
export { Badge } from './Badge';
export { PhotoReminder } from './PhotoReminder';
export { Toast } from './Toast';
export { mountNudge, mountBadge, mountPhotoReminder, mountToast, ensureStyles } from './mount';
export type { Mounted } from './mount';
export { excerpt } from './excerpt';
export type { ExcerptPart } from './excerpt';
export { UI_CSS } from './styles';
export { categoryLabel, humanise, orderFindings, badgeLabel, introText, summaryText, lockText, findingName } from './labels';
export type { NudgeProps, NudgeState, BadgeProps, PhotoReminderProps, ToastProps, UndoOffer } from './types';
