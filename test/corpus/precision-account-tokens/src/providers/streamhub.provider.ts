import { BaseProvider, type PublishedPost, type SocialProvider } from './provider';

const API = 'https://api.streamhub.example/v1';

export class StreamHubProvider extends BaseProvider implements SocialProvider {
  identifier = 'streamhub';

  async refreshToken(refresh: string) {
    // The platform hands out a device id with the first token; it travels inside the stored refresh token.
    const [oldRefreshToken, deviceId] = refresh.split('::');
    const form = new FormData();
    form.append('grant_type', 'refresh_token');
    form.append('client_id', process.env.STREAMHUB_CLIENT_ID ?? '');
    form.append('refresh_token', oldRefreshToken);
    form.append('device_id', deviceId);

    const res = await this.request('https://id.streamhub.example/oauth2/token', { method: 'POST', body: form });
    const { access_token, refresh_token } = await res.json();
    return { accessToken: access_token, refreshToken: `${refresh_token}::${deviceId}` };
  }

  async post(accountId: string, accessToken: string, message: string): Promise<PublishedPost> {
    const res = await this.request(`${API}/chat`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ broadcaster_user_id: Number(accountId), content: message.slice(0, 500) }),
    });
    const data = await res.json();
    return { postId: String(data.message_id), url: `https://streamhub.example/${accountId}` };
  }

  /** Media goes to an upload server first; the token rides in the query string. */
  async uploadVideo(userId: string, accessToken: string, isShort: boolean): Promise<string> {
    const res = await this.request(
      isShort
        ? `${API}/shorts.save?access_token=${accessToken}&owner_id=${userId}`
        : `${API}/video.save?access_token=${accessToken}&owner_id=${userId}`,
    );
    const { upload_url } = await res.json();
    return upload_url;
  }

  /** Moderators are invited by e-mail: an address is more than the account's own id. */
  async inviteModerator(accessToken: string, moderatorEmail: string) {
    await this.request(`${API}/moderators`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ email: moderatorEmail }),
    });
  }
}
