import axios, { AxiosError } from 'axios';

const INCLUSIO = 'https://api.inclusio.example/v1';

export interface SurveyAnswers {
  respondentId: string;
  gender: string;
  sexualOrientation: string;
  religion: string;
  nationality: string;
  ageRange: '18-29' | '30-39' | '40-49' | '50-59' | '60+';
}

export interface SurveyMeta {
  surveyId: string;
  startedAt: number;
}

/** Voluntary diversity survey; answers are analysed by Inclusio for the annual D&I report. */
export async function submitSurvey(answers: SurveyAnswers, meta: SurveyMeta): Promise<void> {
  try {
    await axios.post(`${INCLUSIO}/surveys/${meta.surveyId}/responses`, {
      respondentId: answers.respondentId,
      gender: answers.gender,
      sexualOrientation: answers.sexualOrientation,
      religion: answers.religion,
      nationality: answers.nationality,
      ageRange: answers.ageRange,
    });
  } catch (err) {
    const status = (err as AxiosError).response?.status;
    throw new Error(`survey submission failed${status ? ` (${status})` : ''}`);
  }

  await axios.post(`${INCLUSIO}/surveys/${meta.surveyId}/completions`, {
    completed: true,
    durationSeconds: Math.round((Date.now() - meta.startedAt) / 1000),
  });
}
