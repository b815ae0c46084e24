interface ChatAlertSettings {
  chatChannelAccessToken: string;
  /** The chat platform's id of the person who gets the alerts. */
  chatUserId: string;
}

/**
 * Monitor alerts go out through the team's chat bot. The channel's token authenticates the bot,
 * not the person it writes to: their user id is a disclosure even though the platform issued it.
 */
export async function sendDownAlert(settings: ChatAlertSettings, monitorName: string): Promise<void> {
  const res = await fetch('https://api.chatline.example/v2/bot/message/push', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + settings.chatChannelAccessToken, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: settings.chatUserId, messages: [{ type: 'text', text: `${monitorName} is down` }] }),
  });
  if (!res.ok) throw new Error(`chat alert failed: ${res.status}`);
}
