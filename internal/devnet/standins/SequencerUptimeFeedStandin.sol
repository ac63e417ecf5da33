// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Stand-in for Chainlink's L2 sequencer uptime feed on the devnet's L2.
/// @notice Chainlink's feed (BaseSequencerUptimeFeed with its Arbitrum and
/// Optimism subclasses, smartcontractkit/chainlink
/// contracts/src/v0.8/l2ep/shared/BaseSequencerUptimeFeed.sol) is written only
/// by its L1 validator's cross-chain message. Chainlink's npm package
/// (chainlink/contracts) ships its ABI and sources but no bytecode, so the
/// devnet compiles this contract instead: the same getters (description,
/// decimals, version, l1Sender, latestRoundData) with the same round rules
/// (a new round only when the status changes; an update older than the
/// current round is ignored; startedAt is the L1 timestamp the validator
/// sent). updateStatus takes the L1 sender directly instead of checking the
/// bridge's aliasing: the test harness plays the delivered message.
contract SequencerUptimeFeedStandin {
    struct Round {
        uint64 startedAt;
        uint64 updatedAt;
        bool status; // true: down (answer 1)
    }

    uint8 public constant decimals = 0;
    string public constant description = "L2 Sequencer Uptime Status Feed";
    uint256 public constant version = 1;

    address public immutable l1Sender;
    uint80 private latestRoundId;
    mapping(uint80 => Round) private rounds;

    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    constructor(address sender, bool initialStatus) {
        l1Sender = sender;
        _record(1, initialStatus, uint64(block.timestamp));
    }

    /// @param status true when the sequencer is down
    /// @param timestamp the L1 block time at which the validator sent it
    function updateStatus(bool status, uint64 timestamp) external {
        require(msg.sender == l1Sender, "InvalidSender");
        Round storage latest = rounds[latestRoundId];
        if (latest.startedAt > timestamp) {
            return;
        }
        if (latest.status == status) {
            latest.updatedAt = uint64(block.timestamp);
            return;
        }
        _record(latestRoundId + 1, status, timestamp);
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        Round storage r = rounds[latestRoundId];
        return (latestRoundId, r.status ? int256(1) : int256(0), r.startedAt, r.updatedAt, latestRoundId);
    }

    function _record(uint80 roundId, bool status, uint64 timestamp) private {
        latestRoundId = roundId;
        rounds[roundId] = Round({startedAt: timestamp, updatedAt: uint64(block.timestamp), status: status});
        emit NewRound(roundId, msg.sender, timestamp);
        emit AnswerUpdated(status ? int256(1) : int256(0), roundId, timestamp);
    }
}

/// @title Stand-in for the proxy dApps read the feed through.
/// @notice Chainlink's EACAggregatorProxy (contracts/src/v0.6 in
/// smartcontractkit/chainlink, 0.6 Solidity that the devnet's solc 0.8.30
/// cannot build) forwards the getters to its current aggregator and puts the
/// phase in the top bits of the round id; this does the same for phase 1.
contract UptimeFeedProxyStandin {
    address public aggregator;
    uint16 public constant phaseId = 1;

    constructor(address feed) {
        aggregator = feed;
    }

    function description() external view returns (string memory) {
        return SequencerUptimeFeedStandin(aggregator).description();
    }

    function decimals() external view returns (uint8) {
        return SequencerUptimeFeedStandin(aggregator).decimals();
    }

    function version() external view returns (uint256) {
        return SequencerUptimeFeedStandin(aggregator).version();
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        (uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredIn) =
            SequencerUptimeFeedStandin(aggregator).latestRoundData();
        uint80 phased = uint80((uint256(phaseId) << 64) | id);
        answeredIn = uint80((uint256(phaseId) << 64) | answeredIn);
        return (phased, answer, startedAt, updatedAt, answeredIn);
    }
}
