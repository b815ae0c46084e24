'use strict';

const axios = require('axios');

const BOT_WEBHOOK = 'https://qyapi.workchat.example.com/cgi-bin/webhook/send';

/** Splits the comma-separated list typed into the bot settings. */
function listSetting(value) {
  return (value || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** A text message that pings the on-duty people the settings name by their mobile numbers. */
function composeAlert(settings, title, text) {
  const content = { content: `${title}\n${text}` };
  const mentionedMobiles = listSetting(settings.mentionedMobileList);
  if (mentionedMobiles.length > 0) {
    content.mentioned_mobile_list = mentionedMobiles;
  }
  return { msgtype: 'text', text: content };
}

async function postAlert(settings, monitor, status) {
  const body = composeAlert(settings, `Monitor ${status}`, `${monitor.name} is ${status}`);
  await axios.post(`${BOT_WEBHOOK}?key=${settings.botKey}`, body, { headers: { 'Content-Type': 'application/json' } });
}

/** Daily summary in markdown: counts only, nobody pinged. */
async function postDailySummary(settings, stats) {
  const body = {
    msgtype: 'markdown',
    markdown: { content: `**Uptime** ${stats.uptime}%\n**Incidents** ${stats.incidents}` },
  };
  await axios.post(`${BOT_WEBHOOK}?key=${settings.botKey}`, body);
}

module.exports = { postAlert, postDailySummary };
