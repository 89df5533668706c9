export default defineBackground({
  type: 'module',
  main() {
    // Wired up in the foundation issue: seeding, message handlers, context menu.
  },
});
