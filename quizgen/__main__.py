from quizgen.cli import main
import sys
sys.exit(main())
