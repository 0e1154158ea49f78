// system.*: public facts about this installation.
import { demoInfo } from '../../features/system/demoInfo';
import { publicProcedure, router } from '../init';

export const systemRouter = router({
  demo: publicProcedure.query(({ ctx }) => demoInfo(ctx.deps)),
});
