import { ApolloProvider } from '@apollo/client/react';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import type { ApiConnection } from './apollo/client';
import { ConnectionContext } from './apollo/connection-context';
import { RequireRole } from './auth/RequireRole';
import { type Role, SessionProvider } from './auth/session';
import { Layout } from './components/Layout';
import { Loading } from './components/ProblemMessage';
import { AccountPage } from './pages/AccountPage';
import { ActivityPage } from './pages/agenda/ActivityPage';
import { AgendaPage } from './pages/agenda/AgendaPage';
import { MySignUpsPage } from './pages/agenda/MySignUpsPage';
import { PrintAgendaPage } from './pages/agenda/PrintAgendaPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { ProposalsPage } from './pages/matches/ProposalsPage';
import { MyDataPage } from './pages/MyDataPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { MyPostsPage } from './pages/posts/MyPostsPage';
import { NewPostPage } from './pages/posts/NewPostPage';
import { PostsPage } from './pages/posts/PostsPage';
import { ProfileDraftProvider } from './pages/profile/profile-draft';
import { ProfilePage } from './pages/profile/ProfilePage';
import { ProfileStepPage } from './pages/profile/ProfileStepPage';
import { RegisterPage } from './pages/RegisterPage';
import { SearchPage } from './pages/search/SearchPage';
import { WorriedPage } from './pages/signals/WorriedPage';

// Screens for providers, social workers and admins load on demand: residents never download them.
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const OrganisationPage = named(() => import('./pages/provider/OrganisationPage'), 'OrganisationPage');
const ProviderActivitiesPage = named(() => import('./pages/provider/ProviderActivitiesPage'), 'ProviderActivitiesPage');
const ActivityFormPage = named(() => import('./pages/provider/ActivityFormPage'), 'ActivityFormPage');
const ActivitySignUpsPage = named(() => import('./pages/provider/ActivitySignUpsPage'), 'ActivitySignUpsPage');
const ApiTokensPage = named(() => import('./pages/provider/ApiTokensPage'), 'ApiTokensPage');
const AdminOrganisationsPage = named(() => import('./pages/admin/AdminOrganisationsPage'), 'AdminOrganisationsPage');
const AdminWijkenPage = named(() => import('./pages/admin/AdminWijkenPage'), 'AdminWijkenPage');
const AdminRolesPage = named(() => import('./pages/admin/AdminRolesPage'), 'AdminRolesPage');
const AdminAuditPage = named(() => import('./pages/admin/AdminAuditPage'), 'AdminAuditPage');
const AdminDashboardPage = named(() => import('./pages/admin/AdminDashboardPage'), 'AdminDashboardPage');
const QuestionnairePage = named(() => import('./pages/measurement/QuestionnairePage'), 'QuestionnairePage');
const ResidentMeasurementsPage = named(() => import('./pages/measurement/ResidentMeasurementsPage'), 'ResidentMeasurementsPage');
const ResidentsPage = named(() => import('./pages/social/ResidentsPage'), 'ResidentsPage');
const ResidentPage = named(() => import('./pages/social/ResidentPage'), 'ResidentPage');
const IntakePage = named(() => import('./pages/social/IntakePage'), 'IntakePage');
const SignalsPage = named(() => import('./pages/signals/SignalsPage'), 'SignalsPage');
const SignalPage = named(() => import('./pages/signals/SignalPage'), 'SignalPage');
const HomeVisitPage = named(() => import('./pages/signals/HomeVisitPage'), 'HomeVisitPage');
const CurationPage = named(() => import('./pages/matches/CurationPage'), 'CurationPage');
const FollowUpsPage = named(() => import('./pages/matches/FollowUpsPage'), 'FollowUpsPage');
const BuddyTrajectoriesPage = named(() => import('./pages/buddies/BuddyTrajectoriesPage'), 'BuddyTrajectoriesPage');
const StartBuddyPage = named(() => import('./pages/buddies/StartBuddyPage'), 'StartBuddyPage');
const BuddyTrajectoryPage = named(() => import('./pages/buddies/BuddyTrajectoryPage'), 'BuddyTrajectoryPage');
const MyBuddyPage = named(() => import('./pages/buddies/MyBuddyPage'), 'MyBuddyPage');

function Only({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  return (
    <RequireRole roles={roles}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireRole>
  );
}

export function App({ connection }: { connection: ApiConnection }) {
  return (
    <ApolloProvider client={connection.client}>
      <ConnectionContext.Provider value={connection}>
      <SessionProvider connection={connection}>
        <BrowserRouter>
          <Routes>
            <Route path="agenda/:wijk/print" element={<PrintAgendaPage />} />
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="agenda" element={<AgendaPage />} />
              <Route path="activities/:id" element={<ActivityPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="zorgen-om-iemand" element={<WorriedPage />} />
              <Route path="account" element={<Only>{<AccountPage />}</Only>} />

              <Route
                path="profile"
                element={
                  <Only roles={['RESIDENT']}>
                    <ProfileDraftProvider>
                      <Outlet />
                    </ProfileDraftProvider>
                  </Only>
                }
              >
                <Route index element={<ProfilePage />} />
                <Route path=":step" element={<ProfileStepPage />} />
              </Route>
              <Route path="proposals" element={<Only roles={['RESIDENT']}>{<ProposalsPage />}</Only>} />
              <Route path="my-sign-ups" element={<Only>{<MySignUpsPage />}</Only>} />
              <Route path="my-data" element={<Only roles={['RESIDENT']}>{<MyDataPage />}</Only>} />
              <Route path="posts" element={<Only roles={['RESIDENT', 'SOCIAL_WORKER', 'ADMIN']}>{<PostsPage />}</Only>} />
              <Route path="posts/new" element={<Only roles={['RESIDENT']}>{<NewPostPage />}</Only>} />
              <Route path="my-posts" element={<Only roles={['RESIDENT']}>{<MyPostsPage />}</Only>} />

              <Route path="organisation" element={<Only roles={['PROVIDER', 'RESIDENT']}>{<OrganisationPage />}</Only>} />
              <Route path="organisation/activities" element={<Only roles={['PROVIDER']}>{<ProviderActivitiesPage />}</Only>} />
              <Route path="organisation/activities/new" element={<Only roles={['PROVIDER']}>{<ActivityFormPage />}</Only>} />
              <Route path="organisation/activities/:id" element={<Only roles={['PROVIDER']}>{<ActivitySignUpsPage />}</Only>} />
              <Route path="organisation/activities/:id/edit" element={<Only roles={['PROVIDER']}>{<ActivityFormPage />}</Only>} />
              <Route path="organisation/tokens" element={<Only roles={['PROVIDER']}>{<ApiTokensPage />}</Only>} />

              <Route path="social/residents" element={<Only roles={['SOCIAL_WORKER']}>{<ResidentsPage />}</Only>} />
              <Route path="social/residents/:userId" element={<Only roles={['SOCIAL_WORKER', 'ADMIN']}>{<ResidentPage />}</Only>} />
              <Route path="social/curation" element={<Only roles={['SOCIAL_WORKER']}>{<CurationPage />}</Only>} />
              <Route path="social/follow-ups" element={<Only roles={['SOCIAL_WORKER']}>{<FollowUpsPage />}</Only>} />
              <Route path="social/intake" element={<Only roles={['SOCIAL_WORKER']}>{<IntakePage />}</Only>} />
              <Route path="social/signals" element={<Only roles={['SOCIAL_WORKER', 'ADMIN']}>{<SignalsPage />}</Only>} />
              <Route path="social/signals/:id" element={<Only roles={['SOCIAL_WORKER', 'ADMIN']}>{<SignalPage />}</Only>} />
              <Route path="social/home-visit" element={<Only roles={['SOCIAL_WORKER']}>{<HomeVisitPage />}</Only>} />
              <Route path="social/buddies" element={<Only roles={['SOCIAL_WORKER']}>{<BuddyTrajectoriesPage />}</Only>} />
              <Route path="social/buddies/new" element={<Only roles={['SOCIAL_WORKER']}>{<StartBuddyPage />}</Only>} />
              <Route path="social/buddies/:id" element={<Only roles={['SOCIAL_WORKER', 'ADMIN']}>{<BuddyTrajectoryPage />}</Only>} />
              <Route path="my-buddy" element={<Only roles={['RESIDENT']}>{<MyBuddyPage />}</Only>} />

              <Route path="admin/organisations" element={<Only roles={['ADMIN']}>{<AdminOrganisationsPage />}</Only>} />
              <Route path="admin/wijken" element={<Only roles={['ADMIN']}>{<AdminWijkenPage />}</Only>} />
              <Route path="admin/roles" element={<Only roles={['ADMIN']}>{<AdminRolesPage />}</Only>} />
              <Route path="admin/audit" element={<Only roles={['ADMIN']}>{<AdminAuditPage />}</Only>} />
              <Route path="admin/dashboard" element={<Only roles={['ADMIN']}>{<AdminDashboardPage />}</Only>} />
              <Route path="questionnaire" element={<Only roles={['RESIDENT']}>{<QuestionnairePage />}</Only>} />
              <Route path="social/residents/:userId/questionnaire" element={<Only roles={['SOCIAL_WORKER']}>{<ResidentMeasurementsPage />}</Only>} />

              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
      </ConnectionContext.Provider>
    </ApolloProvider>
  );
}
