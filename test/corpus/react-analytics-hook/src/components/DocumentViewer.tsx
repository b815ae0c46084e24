import { useEffect, useState } from "react";
import { useAnalytics } from "../lib/analytics";

interface Viewer {
  id: string;
  email: string;
  verified: boolean;
}

export function DocumentViewer({ viewer, documentId, pageCount }: { viewer: Viewer; documentId: string; pageCount: number }) {
  const analytics = useAnalytics();
  const [page, setPage] = useState(1);

  useEffect(() => {
    analytics.identify(viewer.email);
    analytics.capture("Document Viewed", { documentId, viewerEmail: viewer.email, verified: viewer.verified });
  }, [viewer.id]);

  const next = () => {
    setPage((p) => Math.min(p + 1, pageCount));
    analytics.capture("Page Turned", { documentId, page: page + 1 });
  };

  return (
    <section>
      <p>
        Page {page} of {pageCount}
      </p>
      <button onClick={next}>Next</button>
    </section>
  );
}
