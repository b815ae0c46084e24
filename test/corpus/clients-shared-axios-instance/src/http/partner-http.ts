import axios, { type AxiosInstance } from 'axios';

function withLogging(instance: AxiosInstance, label: string): AxiosInstance {
  instance.interceptors.response.use(
    (res) => res,
    (err) => {
      const status = err.response?.status ?? 'network';
      console.error(`[${label}] ${err.config?.method?.toUpperCase()} ${err.config?.url} failed: ${status}`);
      return Promise.reject(err);
    },
  );
  return instance;
}

/** Outsourced payroll: employees, periods and payslips. */
export const lonnHttp = withLogging(
  axios.create({
    baseURL: 'https://api.lonnspartner.no/v2',
    headers: { 'X-Klient': process.env.LONN_KLIENT_ID ?? '' },
    timeout: 15_000,
  }),
  'lonnspartner',
);

/** Identity verification before a new employee is added to payroll. */
export const idsjekkHttp = withLogging(axios.create({ baseURL: 'https://verify.idsjekk.example/api' }), 'idsjekk');

/** Data room of the prospective buyer (due diligence). */
export const dataromHttp = withLogging(
  axios.create({ baseURL: 'https://dataroom.nordkapp-invest.example/upload', timeout: 60_000 }),
  'datarom',
);
