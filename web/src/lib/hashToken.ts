// Emailed links carry their token in the URL fragment (#token=…), which browsers never send
// to the server or in a Referer header.
import { useState } from 'react';

export function useHashToken(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  return token;
}
