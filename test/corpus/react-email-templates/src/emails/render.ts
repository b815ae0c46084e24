import { render as reactEmailRender } from "@react-email/render";
import type { ReactNode } from "react";

/** One place to render templates, so every mail gets the same (async, Suspense-aware) renderer. */
export const render = async (component: ReactNode): Promise<string> => {
  return reactEmailRender(component);
};
