import { EducationLevel } from '../hr/employee';

const JOB_BOARD = 'https://api.jobboard.example/v2';
const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.JOB_BOARD_TOKEN ?? ''}` };

export interface Posting {
  title: string;
  department: string;
  salaryRange: string;
  employmentType: 'permanent' | 'temporary';
  description: string;
}

export interface Hire {
  postingId: string;
  candidateName: string;
  educationLevel: EducationLevel;
  previousEmployer: string;
}

export async function publishPosting(posting: Posting): Promise<string> {
  const res = await fetch(`${JOB_BOARD}/postings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: posting.title,
      department: posting.department,
      salaryRange: posting.salaryRange,
      employmentType: posting.employmentType,
      description: posting.description,
    }),
  });
  if (!res.ok) throw new Error(`job board rejected the posting: ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

/** The job board closes a posting when we report who was hired (required for their statistics). */
export async function reportHire(hire: Hire): Promise<void> {
  const res = await fetch(`${JOB_BOARD}/postings/${hire.postingId}/hires`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      candidateName: hire.candidateName,
      educationLevel: hire.educationLevel,
      previousEmployer: hire.previousEmployer,
    }),
  });
  if (!res.ok) throw new Error(`hire report failed: ${res.status}`);
}
