/// The GitHub workflow `sitegen init` writes into a site's `.github/workflows/site.yml`.
///
/// sitegen has no released binaries, so the workflow builds it from source, in the official
/// Swift container image, from the repository the site owner names once (`SITEGEN_REPOSITORY`:
/// a step fails with that message until it is set) at `SITEGEN_REF`: `main` until the owner
/// pins a commit (a branch, a tag or a full commit hash; the file says to pin one). The ref is
/// resolved to its commit first, so the binary is cached by commit: a moving branch is built
/// again when it moves, a pinned commit once. Otherwise it does what sitegen's own workflow does
/// for its sample site: check and build on pull requests (problems as annotations), deploy to
/// GitHub Pages from `main` with the address Pages reports, check links again weekly.
enum SiteWorkflow {
    /// The value `SITEGEN_REPOSITORY` has until the owner sets it.
    static let unsetRepository = "https://github.com/OWNER/sitegen.git"
    /// The ref `SITEGEN_REF` has until the owner pins one.
    static let defaultRef = "main"

    static let text = """
        # Builds and publishes this sitegen site (written by `sitegen init`).
        #
        #   pull request   build, then `sitegen check --external`; every problem is shown as an
        #                  annotation on the pull request's changed lines.
        #   push to main   build with the GitHub Pages address as base URL, deploy public/ to Pages.
        #   weekly         check again, so links that break without a commit are found.
        #
        # One-time setup: set SITEGEN_REPOSITORY below to the git repository sitegen is built
        # from (and pin SITEGEN_REF to a commit of it), and in Settings > Pages > Build and
        # deployment, set Source to "GitHub Actions".
        name: Site

        on:
          pull_request:
          push:
            branches: [main]
          schedule:
            - cron: "23 5 * * 1"
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: site-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        env:
          # sitegen has no released binaries: it is built from source, from this repository at
          # this ref, then cached by commit.
          SITEGEN_REPOSITORY: \(unsetRepository)
          # A branch, a tag or a full 40-character commit hash, in quotes (unquoted, a tag such as
          # 1.10 is read as the number 1.1). `\(defaultRef)` builds the newest sitegen, which can
          # change how your site is built from one push to the next: pin the commit you tested
          # with (`git ls-remote <repository> \(defaultRef)` prints it).
          SITEGEN_REF: "\(defaultRef)"

        jobs:
          build:
            runs-on: ubuntu-24.04
            # The official Swift image pins the toolchain sitegen needs and has git and apt.
            container: swift:6.3-noble
            permissions:
              contents: read
              pages: read
            steps:
              - name: Check out, with the full history (last-updated dates come from git)
                uses: actions/checkout@v6
                with:
                  fetch-depth: 0

              - name: Let git read the checkout
                # The container runs as root on a folder the runner's user owns; without this git
                # refuses the repository and every date falls back to the file's modification time.
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"

              - name: Install cmark-gfm, libcurl and mimalloc
                run: |
                  apt-get update
                  apt-get install -y --no-install-recommends libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev libmimalloc-dev

              - name: Find the sitegen commit to build
                id: sitegen
                run: |
                  if [ "$SITEGEN_REPOSITORY" = "\(unsetRepository)" ]; then
                    echo "::error file=.github/workflows/site.yml::set SITEGEN_REPOSITORY to the git repository sitegen is built from"
                    exit 1
                  fi
                  if printf '%s\\n' "$SITEGEN_REF" | grep -Eqx '[0-9a-fA-F]{40}'; then
                    commit=$(printf '%s' "$SITEGEN_REF" | tr 'A-F' 'a-f')
                  else
                    # The commit of the tag (an annotated tag's, peeled) or branch of that name.
                    commit=$(git ls-remote "$SITEGEN_REPOSITORY" | awk -v ref="$SITEGEN_REF" '
                      $2 == "refs/tags/" ref "^{}" { peeled = $1 }
                      $2 == "refs/tags/" ref { tag = $1 }
                      $2 == "refs/heads/" ref { head = $1 }
                      END { print (peeled != "" ? peeled : tag != "" ? tag : head) }')
                  fi
                  if [ -z "$commit" ]; then
                    echo "::error file=.github/workflows/site.yml::SITEGEN_REF $SITEGEN_REF is not a branch, a tag or a full commit hash of $SITEGEN_REPOSITORY"
                    exit 1
                  fi
                  echo "Building sitegen $SITEGEN_REF, commit $commit"
                  echo "commit=$commit" >> "$GITHUB_OUTPUT"

              - name: Cache sitegen
                id: sitegen-cache
                uses: actions/cache@v5
                with:
                  path: .sitegen-bin
                  key: sitegen-${{ steps.sitegen.outputs.commit }}-swift-6.3

              - name: Build sitegen from source
                if: steps.sitegen-cache.outputs.cache-hit != 'true'
                env:
                  SITEGEN_COMMIT: ${{ steps.sitegen.outputs.commit }}
                run: |
                  git init -q "$RUNNER_TEMP/sitegen"
                  git -C "$RUNNER_TEMP/sitegen" fetch -q --depth 1 "$SITEGEN_REPOSITORY" "$SITEGEN_COMMIT"
                  git -C "$RUNNER_TEMP/sitegen" checkout -q FETCH_HEAD
                  swift build -c release --product sitegen --static-swift-stdlib --package-path "$RUNNER_TEMP/sitegen"
                  mkdir -p .sitegen-bin
                  cp "$RUNNER_TEMP/sitegen/.build/release/sitegen" .sitegen-bin/

              - name: Look up the GitHub Pages address
                if: github.event_name == 'push'
                id: pages
                uses: actions/configure-pages@v6

              - name: Build the site
                # Under GitHub Actions sitegen prints each problem as an annotation as well.
                env:
                  PAGES_URL: ${{ steps.pages.outputs.base_url }}
                run: |
                  if [ -n "$PAGES_URL" ]; then
                    .sitegen-bin/sitegen build --base-url "${PAGES_URL%/}/"
                  else
                    .sitegen-bin/sitegen build
                  fi

              - name: Restore the link cache
                # Answers to earlier external link checks, so that only new and expired links are
                # asked. A failed check saves nothing, so a link that failed is asked again next time.
                if: github.event_name != 'push'
                uses: actions/cache@v5
                with:
                  path: .sitegen-cache
                  key: sitegen-links-${{ github.run_id }}-${{ github.run_attempt }}
                  restore-keys: sitegen-links-

              - name: Check the site and its external links
                if: github.event_name != 'push'
                run: .sitegen-bin/sitegen check --external

              - name: Upload public/ for GitHub Pages
                if: github.event_name == 'push'
                uses: actions/upload-pages-artifact@v4
                with:
                  path: public/

          deploy:
            if: github.event_name == 'push'
            needs: build
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v5

        """
}
