import axios from 'axios';

/**
 * Our own HR backend. In production the sidecar proxies localhost:8080 to the HR service,
 * so every environment uses the same base URL.
 */
const api = axios.create({
  baseURL: 'http://localhost:8080/api',
  timeout: 5_000,
  headers: { 'Content-Type': 'application/json' },
});

api.interceptors.request.use((config) => {
  const token = process.env.HR_SERVICE_TOKEN;
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  return config;
});

export default api;

export function isConflict(err: unknown): boolean {
  return axios.isAxiosError(err) && err.response?.status === 409;
}
