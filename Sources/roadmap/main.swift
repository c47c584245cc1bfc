import RoadmapCLI

await RoadmapCommand.runAsMain()
