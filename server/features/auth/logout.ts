// auth.logout ends this session; auth.logoutEverywhere ends every session of the user.
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { deleteAllSessions, deleteSession } from './sessions';

export function logout(deps: Deps, actor: Actor, req: RequestInfo): void {
  deps.db.transaction((tx) => {
    deleteSession(tx, actor.sessionId);
    recordAudit(tx, {
      at: deps.clock.now(),
      actorUserId: actor.userId,
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
  });
}

export function logoutEverywhere(deps: Deps, actor: Actor, req: RequestInfo): void {
  deps.db.transaction((tx) => {
    deleteAllSessions(tx, actor.userId);
    recordAudit(tx, {
      at: deps.clock.now(),
      actorUserId: actor.userId,
      action: 'auth.logout_everywhere',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
  });
}
