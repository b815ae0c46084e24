/*
 * Answer options shown in the diversity survey. The labels are sent to the translation service
 * so the survey can be offered in Norwegian, Swedish and Finnish.
 */
export const genderOptions = ['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Prefer not to say'];

export const orientationOptions = ['Heterosexual', 'Gay or lesbian', 'Bisexual', 'Prefer to self-describe', 'Prefer not to say'];

export const religionOptions = ['No religion', 'Christian', 'Muslim', 'Jewish', 'Buddhist', 'Hindu', 'Other', 'Prefer not to say'];

export const countryOfResidenceOptions = ['Norway', 'Sweden', 'Denmark', 'Finland', 'Other'];

const LINGO_API = 'https://api.lingohub.example/v1/projects/survey';

export async function pushSurveyStrings(): Promise<void> {
  const res = await fetch(`${LINGO_API}/strings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Token ${process.env.LINGO_TOKEN ?? ''}` },
    body: JSON.stringify({
      namespace: 'diversity-survey',
      strings: { genderOptions, orientationOptions, religionOptions, countryOfResidenceOptions },
    }),
  });
  if (!res.ok) {
    throw new Error(`translation upload failed: ${res.status}`);
  }
}
