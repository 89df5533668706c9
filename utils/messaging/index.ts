import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
  type SendMessageOptions,
} from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol } from './protocol';

/**
 * One messenger per direction, so a message can only be sent the way it goes: the types do not let a
 * page send a content script's message to the background, or the background send itself one. Both ride
 * the same runtime channel; each side listens only for its own message names and ignores the rest.
 */
const toBackground = defineExtensionMessaging<BackgroundProtocol>();
const toTab = defineExtensionMessaging<ContentProtocol>();

/** Content scripts and extension pages → the background (which validates every message and sender). */
export const sendToBackground = toBackground.sendMessage;
/** The background's side of `sendToBackground`. */
export const onMessageToBackground = toBackground.onMessage;

/** The background or the popup → the content script of one tab (and frame). */
export function sendToTab<K extends keyof ContentProtocol>(
  type: K,
  data: GetDataType<ContentProtocol[K]>,
  target: number | SendMessageOptions,
): Promise<GetReturnType<ContentProtocol[K]>> {
  return toTab.sendMessage(type, data, target);
}
/** The content script's side of `sendToTab`. */
export const onMessageToTab = toTab.onMessage;

export type * from './protocol';
