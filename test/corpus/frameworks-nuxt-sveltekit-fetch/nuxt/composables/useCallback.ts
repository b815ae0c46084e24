export function useCallbackRequest() {
  async function requestCall(lead: { phone: string; fullName: string; topic: string }) {
    const { error } = await useFetch('https://api.aircall.example/v1/callbacks', {
      method: 'POST',
      body: { phone: lead.phone, name: lead.fullName, topic: lead.topic },
    });
    return !error.value;
  }
  return { requestCall };
}
