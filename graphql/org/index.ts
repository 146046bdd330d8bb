// Organisation administration resolvers (departments, positions, users, roles, logs).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const orgResolvers: Function[] = [];
