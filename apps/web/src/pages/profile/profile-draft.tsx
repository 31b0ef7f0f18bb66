import { useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import type { AvailabilitySlot, ContactPreference, ResidentNeed } from '../../gql/graphql';

export const MY_PROFILE = graphql(`
  query MyProfile {
    myProfile {
      userId
      displayName
      wijkCode
      postcode
      interests
      interestsText
      talents
      talentsText
      availability
      needs
      travelRadiusKm
      viaSocialWorker
      contactPreference
      consents {
        kind
        givenAt
        withdrawnAt
      }
    }
  }
`);

/** What the wizard collects before it saves, step by step. */
export interface ProfileDraft {
  postcode: string;
  wijkCode: string;
  interests: string[];
  interestsText: string;
  talents: string[];
  talentsText: string;
  availability: AvailabilitySlot[];
  needs: ResidentNeed[];
  travelRadiusKm: number;
  viaSocialWorker: boolean | null;
  contactPreference: ContactPreference;
}

export const EMPTY_DRAFT: ProfileDraft = {
  postcode: '',
  wijkCode: '',
  interests: [],
  interestsText: '',
  talents: [],
  talentsText: '',
  availability: [],
  needs: [],
  travelRadiusKm: 3,
  viaSocialWorker: null,
  contactPreference: 'APP',
};

export const STEPS = ['wijk', 'interests', 'talents', 'availability', 'needs', 'help'] as const;
export type Step = (typeof STEPS)[number];

interface DraftContext {
  draft: ProfileDraft;
  update(changes: Partial<ProfileDraft>): void;
  /** Whether a profile was saved before (then no new consent is asked). */
  exists: boolean;
  loading: boolean;
  error: unknown;
  /** Forget the unsaved draft (after saving). */
  reset(): void;
}

const Context = createContext<DraftContext | null>(null);

/**
 * Keeps the wizard's answers between steps, and in sessionStorage so a reload or a slip of the
 * back button loses nothing. Starts from the saved profile when there is one.
 */
export function ProfileDraftProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const key = `buurtbrug.profileDraft.${me?.id ?? 'anonymous'}`;
  const { data, loading, error } = useQuery(MY_PROFILE, { fetchPolicy: 'cache-and-network' });
  const saved = data?.myProfile;
  const [draft, setDraft] = useState<ProfileDraft | null>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      return stored ? { ...EMPTY_DRAFT, ...(JSON.parse(stored) as Partial<ProfileDraft>) } : null;
    } catch {
      return null;
    }
  });

  useEffect(() => {
    if (draft || loading) return;
    setDraft(
      saved
        ? {
            postcode: saved.postcode ?? '',
            wijkCode: saved.wijkCode,
            interests: saved.interests,
            interestsText: saved.interestsText ?? '',
            talents: saved.talents,
            talentsText: saved.talentsText ?? '',
            availability: saved.availability,
            needs: saved.needs,
            travelRadiusKm: saved.travelRadiusKm,
            viaSocialWorker: saved.viaSocialWorker,
            contactPreference: saved.contactPreference,
          }
        : EMPTY_DRAFT,
    );
  }, [draft, loading, saved]);

  const update = useCallback(
    (changes: Partial<ProfileDraft>) =>
      setDraft((current) => {
        const next = { ...(current ?? EMPTY_DRAFT), ...changes };
        try {
          sessionStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage full or off: the draft still lives in memory.
        }
        return next;
      }),
    [key],
  );

  const reset = useCallback(() => {
    sessionStorage.removeItem(key);
    setDraft(null);
  }, [key]);

  const value = useMemo(
    () => ({ draft: draft ?? EMPTY_DRAFT, update, exists: Boolean(saved), loading: loading && !data, error, reset }),
    [draft, update, saved, loading, data, error, reset],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProfileDraft(): DraftContext {
  const context = useContext(Context);
  if (!context) throw new Error('useProfileDraft outside ProfileDraftProvider');
  return context;
}

/** The 4 digits of a Dutch postcode, as the API keeps it (never the letters: no addresses). */
export function postcode4(value: string): string | null {
  const match = /^([1-9]\d{3})(?:[A-Z]{2})?$/.exec(value.replace(/\s+/g, '').toUpperCase());
  return match ? match[1] : null;
}
