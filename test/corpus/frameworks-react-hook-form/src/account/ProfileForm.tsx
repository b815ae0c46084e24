import { useForm } from 'react-hook-form';
import mixpanel from 'mixpanel-browser';

interface ProfileValues {
  nickname: string;
  phone: string;
  birthDate: string;
  theme: 'light' | 'dark' | 'system';
  weeklyDigest: boolean;
}

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const { register, handleSubmit, formState, reset } = useForm<ProfileValues>({ defaultValues: initial });

  const onSave = handleSubmit(async (values: ProfileValues) => {
    const res = await fetch('/api/me/profile', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(values),
    });
    if (!res.ok) {
      throw new Error(`could not save profile (${res.status})`);
    }

    mixpanel.people.set({ $phone: values.phone, theme: values.theme });
    mixpanel.track('Profile Saved', {
      changedFields: Object.keys(formState.dirtyFields).length,
      theme: values.theme,
      digest: values.weeklyDigest,
    });
    reset(values);
  });

  return (
    <form onSubmit={onSave}>
      <input {...register('nickname')} placeholder="Kallenavn" />
      <input {...register('phone')} type="tel" />
      <input {...register('birthDate')} type="date" />
      <select {...register('theme')}>
        <option value="light">Lyst</option>
        <option value="dark">Mørkt</option>
        <option value="system">Som systemet</option>
      </select>
      <label>
        <input type="checkbox" {...register('weeklyDigest')} /> Ukentlig oppsummering
      </label>
      <button type="submit" disabled={!formState.isDirty}>Lagre</button>
    </form>
  );
}
